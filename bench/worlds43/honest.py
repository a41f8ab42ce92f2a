"""Honest contributors, exchange customers and their look-alikes."""
from . import data as D
from .infra import DAY, LOGIN_FROM, LOGIN_TO
from .lives import exchange_row, payout, person, photo, platform_row

ASIA_EU_LATAM = ["KR", "JP", "VN", "CN", "UA", "PL", "RS", "AR", "BR", "CO", "MX", "IN", "PH", "ID", "TH", "GE", "TR"]
MOD_CC = {"PH": 5, "NG": 4, "IN": 4, "VN": 3, "ID": 3, "TR": 2, "KE": 2, "BR": 2, "UA": 1, "US": 2, "AR": 1}
NOMAD_HUBS = [("ID", "Denpasar", "Dojo Bali"), ("PT", "Lisbon", "Second Home"), ("TH", "Chiang Mai", "Punspace"), ("CO", "Medellin", "Selina"),
              ("MX", "Mexico City", "WeWork Reforma"), ("AE", "Dubai", "Astrolabs"), ("GE", "Tbilisi", "Terminal")]


def emp_for(W):
    if not W.employers or (W.chance(0.05) and len(W.employers) < W.n_target // 150 + 5):
        from .lives import employer
        return employer(W)
    return W.pick(W.employers)


def _kind(P, primary):
    return ";".join([primary] + sorted(set(P["traits"])))


def _habits(W, P):
    r = W.r
    if W.chance(0.10):
        prov = W.pick(list(D.VPNS))
        P["nets"].append((W.vpn_net(prov), 25))
        P["traits"].append("vpn_user")
    if W.chance(0.10):
        conf = W.pick(D.CONFERENCES)
        y, m, d = map(int, conf[3].split("-"))
        import calendar
        t0 = calendar.timegm((y, m, d, 9, 0, 0))
        cc = conf[1] if conf[1] in D.COUNTRIES else "FR"
        net = W.pool(("conf", conf[0], conf[3]), 8, "Conference venue Wi-Fi (" + conf[0] + ")", 174, (38, 50), cc, conf[2], "false")
        P.setdefault("extra_logins", []).extend((t0 + r.randrange(conf[4]) * DAY + r.randrange(36000), net, P["mob"], P["mua"]) for _ in range(r.randrange(1, 4)))
        P["traits"].append("conference_traveller")
    if W.chance(0.18) and P["cc"] in ASIA_EU_LATAM:
        P["hours"] = ((P["hours"][0] + 10) % 24, (P["hours"][0] + 10) % 24 + 8)
        P["traits"].append("us_hours_abroad")
    if W.chance(0.35) and not P["photo"]:
        photo(W, P)


def contributor(W):
    P = person(W)
    _habits(W, P)
    if P["cc"] != "US" and P["kb"][0] != "en-US" and W.chance(0.4):
        P["kb"] = P["kb"] + ["en-US"]
    emp = emp_for(W)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "core_contributor"))
    if W.chance(0.15):
        platform_row(W, P, emp_for(W), 0, _kind(P, "core_contributor") + ";multi_application", status="applicant")
    if W.chance(0.4):
        P["bank"] = P["payout"][1] if P["payout"][0] == "bank" else None
        dep = P["payout"][1] if P["payout"][2] == "" and P["payout"][0] == "crypto" and W.chance(0.5) else None
        exchange_row(W, P, 0, _kind(P, "core_contributor") + ";exchange_account", deposit=dep)


def pseudonymous(W):
    P = person(W, pseudonymous=True)
    P["traits"].append("pseudonymous")
    _habits(W, P)
    if W.chance(0.3):
        P["nets"].append((W.vpn_net(W.pick(["Mullvad", "Proton VPN", "NordVPN"])), 40))
        P["traits"].append("vpn_user")
    if W.chance(0.45):
        if W.chance(0.06):
            key = ("meme_pfp", W.r.randrange(4))
            if key not in W.pools:
                W.pools[key] = photo(W, P)
            P["photo"] = W.pools[key]
            P["traits"].append("popular_pfp")
        else:
            photo(W, P)
    emp = emp_for(W)
    payout(W, P, emp)
    for i in range(W.r.choice([1, 1, 1, 2, 3])):
        platform_row(W, P, emp if i == 0 else emp_for(W), 0, _kind(P, "pseudonymous_contributor"))
    if W.chance(0.35):
        P2 = dict(P)
        P2["email"] = W.email(P["first"], P["last"])
        P2["photo"] = None
        exchange_row(W, P2, 0, _kind(P, "pseudonymous_contributor") + ";exchange_account",
                     deposit=P["payout"][1] if P["payout"][0] == "crypto" and not P["payout"][2] else None)


def auditor(W):
    P = person(W, role="smart_contract_auditor", pseudonymous=W.chance(0.5))
    if P["pseudo"]:
        P["traits"].append("pseudonymous")
    _habits(W, P)
    payout(W, P, None)
    for _ in range(W.r.randrange(2, 5)):
        platform_row(W, P, emp_for(W), 0, _kind(P, "independent_auditor") + ";many_employers", status="contractor")


def moderator(W):
    P = person(W, cc=W.wpick(MOD_CC), role="community_moderator")
    if W.chance(0.5):
        P["nets"] = [(W.mobile_net(P["cc"], P["city"][0]), 80)]
        P["devs"] = [(P["mob"], P["mua"], 100)]
        P["traits"].append("mobile_only")
    if W.chance(0.4):
        P["hours"] = (P["hours"][0] + 9, P["hours"][0] + 17)
        P["traits"].append("us_hours_abroad")
    _habits(W, P)
    for _ in range(W.r.choice([1, 1, 2, 3])):
        emp = emp_for(W)
        payout(W, P, emp)
        platform_row(W, P, emp, 0, _kind(P, "community_moderator"))


def exchange_customer(W):
    P = person(W)
    _habits(W, P)
    if W.chance(0.3):
        P["bank"] = f"bank:{P['cc']}:{W.pick(D.BANKS.get(P['cc'], D.BANKS['*']))}:{W.hex(16)}"
    if W.chance(0.2):
        P["recovery_email"] = W.email(P["first"], P["last"])
    k = "exchange_customer"
    n = 1
    if W.chance(0.08):
        n = W.r.randrange(2, 4)
        k = "multi_account_holder"
    for i in range(n):
        if i:
            P["email"] = W.email(P["first"], P["last"]) if W.chance(0.6) else P["email"]
        exchange_row(W, P, 0, _kind(P, k))


def household(W):
    A = person(W)
    B = person(W, cc=A["cc"], culture=A["culture"] if W.chance(0.7) else None)
    B["city"], B["tz"], B["off"] = A["city"], A["tz"], A["off"]
    B["address"] = A["address"] if W.chance(0.6) else A["address"].replace(" St,", " Street,").replace(", Apt", " #")
    B["home"] = A["home"]
    B["nets"] = [(A["home"], 70)] + B["nets"][1:]
    B["gw"], B["ssid"] = A["gw"], A["ssid"]
    for P in (A, B):
        P["traits"].append("shared_home")
    if W.chance(0.3):
        B["devs"].append((A["laptop"], A["ua"], 30))
        B["traits"].append("shared_family_laptop")
    if W.chance(0.25):
        B["recovery_phone"] = A["phone"]
        B["traits"].append("spouse_recovery_phone")
    emp = emp_for(W)
    payout(W, A, emp)
    platform_row(W, A, emp, 0, _kind(A, "household"))
    if W.chance(0.5):
        payout(W, B, emp_for(W))
        if W.chance(0.2) and A["payout"][0] == "bank":
            B["payout"] = A["payout"]
            B["traits"].append("joint_account")
        platform_row(W, B, emp_for(W), 0, _kind(B, "household"))
    exchange_row(W, B, 0, _kind(B, "household") + ";exchange_account")
    if W.chance(0.4):
        exchange_row(W, A, 0, _kind(A, "household") + ";exchange_account")


def hacker_house(W):
    cc = W.pick(["US", "US", "PT", "SG", "AR", "GB", "DE", "TH", "ID"])
    city = W.city(cc)
    addr = W.address(cc, city, unit="")
    net = W.home_net(cc, city[0])
    gw = ":".join("%02x" % W.r.randrange(256) for _ in range(6))
    desk = W.device()
    safe = W.address_of("eth")
    emp = emp_for(W)
    for i in range(W.r.randrange(3, 7)):
        P = person(W, cc=W.pick([cc, cc, None]))
        P["traits"].append("hacker_house")
        P["address"] = addr if W.chance(0.7) else addr.split(",")[0] + f", Room {i + 1}," + ",".join(addr.split(",")[1:])
        P["home"] = net
        P["nets"] = [(net, 80), P["nets"][1]]
        P["gw"], P["ssid"] = gw, "hackerhouse-" + gw[-5:].replace(":", "")
        P["city"], P["tz"], P["off"] = city, city[1], city[2]
        if W.chance(0.3):
            P["devs"].append((desk, D.DESK_UA[1], 15))
            P["traits"].append("shared_desktop")
        payout(W, P, emp)
        if W.chance(0.4):
            P["payout"] = ("crypto", safe, "", "team_multisig")
            P["traits"].append("team_safe_payout")
        _habits(W, P)
        platform_row(W, P, emp if W.chance(0.7) else emp_for(W), 0, _kind(P, "hacker_house_member"))


def agency(W):
    cc = W.pick(["UA", "PL", "IN", "AR", "VN", "RS", "PH", "BR", "US", "NG"])
    city = W.city(cc)
    owner = person(W, cc=cc)
    dom = (owner["last"].lower().replace(" ", "") + W.pick(["labs", "dev", "soft", "studio"]) + W.hex(2) + ".com")
    W.domains.append((dom, owner["last"] + " Labs", "2021-03-02", "privacy@withheldforprivacy.com", W.hosting_net()["ip"], "ns1.vercel-dns.com;ns2.vercel-dns.com"))
    office = W.home_net(cc, city[0])
    office["owner"] += " (business)"
    bank = f"bank:{cc}:{W.pick(D.BANKS.get(cc, D.BANKS['*']))}:{W.hex(16)}"
    owner["email"] = W.handle_email(owner["first"].lower(), dom)
    owner["payout"] = ("bank", bank, "", "agency_invoice")
    owner["nets"] = [(office, 60)] + owner["nets"]
    platform_row(W, owner, emp_for(W), 0, "agency_owner;agency", status="contractor", extra=dict(agency=dom))
    for _ in range(W.r.randrange(3, 10)):
        P = person(W, cc=cc)
        P["city"], P["tz"], P["off"] = city, city[1], city[2]
        P["email"] = W.email(P["first"], P["last"], dom) if W.chance(0.6) else P["email"]
        P["nets"] = [(office, 50)] + P["nets"]
        P["traits"] += ["agency", "agency_bank_payout"]
        P["payout"] = ("bank", bank, "", "agency_invoice")
        if W.chance(0.3):
            P["recovery_email"] = owner["email"]
            P["traits"].append("agency_recovery_email")
        if W.chance(0.3):
            P["hours"] = (P["hours"][0] + 8, P["hours"][0] + 16)
            P["traits"].append("us_hours_abroad")
        platform_row(W, P, emp_for(W), 0, _kind(P, "agency_developer"), status="contractor", extra=dict(agency=dom))


def privacy_max(W):
    P = person(W, pseudonymous=W.chance(0.6))
    P["email"] = W.handle_email(P["handle"] or W.handle(), W.pick(D.PRIVACY_MAIL))
    P["nets"] = [(W.tor_net(), 30), (W.vpn_net("Mullvad"), 40), (P["home"], 10)]
    P["signup_net"] = W.tor_net() if W.chance(0.5) else W.vpn_net("Mullvad")
    P["traits"] += ["tor_user", "vpn_user", "privacy_mail"]
    if W.chance(0.5):
        P["phone"] = None
    payout(W, P, None)
    platform_row(W, P, emp_for(W), 0, _kind(P, "privacy_maximalist"))


def china_dev(W):
    P = person(W, cc=W.pick(["CN", "CN", "HK"]))
    P["nets"] = [(W.astrill_net(), 55), (W.vpn_net("ExpressVPN"), 15), (P["home"], 30)]
    P["signup_net"] = W.astrill_net()
    P["traits"] += ["vpn_astrill"]
    if W.chance(0.4):
        P["hours"] = (P["hours"][0] + 10, P["hours"][0] + 18)
        P["traits"].append("us_hours_abroad")
    _habits(W, P)
    emp = emp_for(W)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "china_based_developer"))


def nomad(W):
    hub = W.pick(NOMAD_HUBS)
    home_cc = W.pick(["US", "GB", "DE", "CA", "FR", "UA", "PL"])
    P = person(W, cc=home_cc)
    cc, cname, space = hub
    city = [c for c in D.COUNTRIES[cc]["cities"] if c[0] == cname][0]
    cow = W.pool(("cowork", space), 4, space + " coworking", 0, (45, 103), cc, cname, "false")
    cow = dict(cow, asn=W.pick([7713, 12353, 7470, 10620, 8151, 5384, 16010]))
    P["nets"] = [(cow, 45), (W.mobile_net(cc, cname), 20), (W.vpn_net(W.pick(list(D.VPNS)), home_cc if home_cc in ("US", "GB", "DE", "CA") else "US"), 35)]
    P["off"], P["tz"] = city[2], city[1]
    if W.chance(0.5):
        P["address"] = W.address("US", unit=f"PMB {W.r.randrange(100, 9999)}").replace("Apt", "Ste")
        P["traits"].append("mail_forwarder_address")
    P["traits"] += ["digital_nomad", "vpn_user", "coworking"]
    _habits(W, P)
    emp = emp_for(W)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "digital_nomad"))
    if W.chance(0.3):
        exchange_row(W, P, 0, _kind(P, "digital_nomad") + ";exchange_account")


MOVES = [("UA", "PL"), ("UA", "DE"), ("UA", "PT"), ("IN", "CA"), ("IN", "US"), ("AR", "ES"), ("US", "PT"), ("NG", "GB"), ("VN", "SG"),
         ("KR", "US"), ("BR", "PT"), ("TR", "DE"), ("GB", "AE"), ("US", "AE")]


def mover(W):
    old, new = W.pick(MOVES)
    P = person(W, cc=old)
    old_net = P["home"]
    ncity = W.city(new)
    P["cc"], P["city"], P["tz"], P["off"] = new, ncity, ncity[1], ncity[2]
    old_addr = P["address"]
    P["address"] = W.address(new, ncity)
    P["home"] = W.home_net(new, ncity[0])
    P["nets"] = [(P["home"], 60), (W.mobile_net(new, ncity[0]), 15)]
    P["extra_logins"] = [(LOGIN_FROM + W.r.randrange(90) * DAY + W.r.randrange(DAY), old_net, P["laptop"], P["ua"]) for _ in range(W.r.randrange(2, 6))]
    P["traits"].append("moved_country")
    if W.chance(0.5):
        P["traits"].append("kept_old_number")
    else:
        P["phone"] = W.phone(new, ncity[0])
    emp = emp_for(W)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "mover"))
    if W.chance(0.5):
        P2 = dict(P, address=old_addr, cc=old)
        exchange_row(W, P2, 0, _kind(P, "mover") + ";exchange_account;old_address_on_file")


def staff(W):
    emp = emp_for(W)
    P = person(W, cc="US")
    P["email"] = W.email(P["first"], P["last"], emp["domain"])
    P["nets"] = [(emp["net"], 60), (P["home"], 30), (P["nets"][1][0], 10)]
    P["role"] = W.pick(["recruiter", "ops", "people_ops", "eng_manager"])
    P["skills"] = ["hiring", "operations"]
    platform_row(W, P, emp, 0, "employer_staff", status="employee")


def remote_tools(W):
    P = person(W)
    emp = None
    for e in W.employers:
        if e["managed"]:
            emp = e
            if W.chance(0.3):
                break
    emp = emp or emp_for(W)
    P["ep_procs"] = [W.pick(D.HONEST_REMOTE)]
    P["traits"].append("remote_support_tool")
    if W.chance(0.15):
        P["ep_usb"] = [W.pick(D.IPKVM_USB[:3])]
        P["traits"].append("homelab_kvm")
    if W.chance(0.2):
        P["ep_ports"] = ["22/tcp"]
        P["ep_remote"] = [(f"{P['first'].lower()}-desktop.local", 3600 * W.r.randrange(1, 8))]
    _habits(W, P)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "remote_tool_user"), status="contractor")


def google_voice(W):
    P = person(W, cc="US")
    P["phone_type"] = "nonFixedVoip"
    P["traits"].append("google_voice")
    _habits(W, P)
    emp = emp_for(W)
    payout(W, P, emp)
    platform_row(W, P, emp, 0, _kind(P, "voip_number_user"))
    if W.chance(0.3):
        exchange_row(W, P, 0, _kind(P, "voip_number_user") + ";exchange_account")


KINDS = [(contributor, 26), (pseudonymous, 9), (auditor, 3), (moderator, 7), (exchange_customer, 24), (household, 4), (hacker_house, 1.5),
         (agency, 1.2), (privacy_max, 2.5), (china_dev, 1.2), (nomad, 2.5), (mover, 3), (staff, 3), (remote_tools, 2), (google_voice, 2.5)]


def build(W, n):
    fns = [f for f, _ in KINDS]
    ws = [w for _, w in KINDS]
    while len(W.subjects) < n:
        left = n - len(W.subjects)
        if left < 12:
            f = W.pick([exchange_customer, staff, privacy_max])
            if f is exchange_customer:
                P = person(W)
                exchange_row(W, P, 0, "exchange_customer")
                continue
        else:
            f = W.r.choices(fns, weights=ws)[0]
        f(W)
    while len(W.subjects) > n:  # trim the last group's overflow rows; their child rows are dropped on export
        W.subjects.pop()
        W.truth.pop()
