"""DPRK IT-worker teams, their facilitators, mules, fake recruiters, and the identity-theft victims they impersonate."""
from . import data as D
from .infra import DAY, LOGIN_FROM, LOGIN_TO
from .lives import employer, exchange_row, person, photo, platform_row

CLAIM_CC = {"US": 65, "CA": 8, "GB": 7, "JP": 5, "SG": 5, "PL": 3, "UA": 2, "VN": 5}
RESUME_TPL = [
    "{NAME}\nSenior Blockchain Engineer - {YEARS}+ years building DeFi protocols, NFT marketplaces and cross-chain bridges.\n"
    "Solidity, Rust, TypeScript, React, Node.js, Web3.js, Hardhat.\n- Lead Smart Contract Engineer, Polyvault Labs (2019-2023)\n"
    "- Full Stack Developer, Bitsphere Inc (2016-2019)\nAvailable for full-time remote work in US hours.",
    "{NAME}\nFull Stack Web3 Developer with {YEARS} years of experience. Expert in Solidity, Ethereum, Solana (Anchor), Next.js, GraphQL.\n"
    "- Blockchain Developer, Cryptonex Solutions (2020-2024)\n- Software Engineer, Digitrend LLC (2017-2020)\nPassionate about decentralization.",
    "{NAME}\nSmart contract developer and auditor ({YEARS} yrs). DeFi, DAO tooling, token launch, staking, GameFi.\n"
    "- Senior Developer, Metachain Studio (2021-2024)\n- Backend Engineer, Softhub Technologies (2018-2021)\nGitHub and references on request.",
]
TAG_KINDS = ["op_laptop", "handler_phone", "voip", "hub_mailbox", "signup_vps", "face", "resume", "consolidation_address",
             "mule_exchange_deposit", "facilitator"]


def _team(W, idx, tactic):
    r = W.r
    base = W.pick(D.BASES)
    T = dict(idx=idx, tactic=tactic, base=base,
             base_net=W.pool(("base", base[0]), 6, base[2], base[3], base[4], base[1], base[0], "false"),
             astrill=W.chance(0.65), vpn=W.pick(["NordVPN", "ExpressVPN", "Surfshark"]),
             vps=[W.hosting_net() for _ in range(r.randrange(1, 3))], laptops=[W.device() for _ in range(r.randrange(2, 5))],
             handsets=[W.device("p") for _ in range(r.randrange(1, 3))],
             voip=[W.phone("US", W.pick([c[0] for c in D.COUNTRIES["US"]["cities"]])) for _ in range(r.randrange(2, 5))],
             faces=[r.getrandbits(32) for _ in range(r.randrange(2, 4))], resume=W.pick(RESUME_TPL),
             consol=[W.address_of("tron") for _ in range(r.randrange(1, 3))], night=W.chance(0.4), kb_leak=W.chance(0.35),
             mail_style=r.randrange(6), mail_dom=W.pick(["gmail.com", "outlook.com", "gmail.com", "proton.me"]))
    T["hub"] = W.email(W.pick(D.NAMES["anglo"][0]), W.pick(D.NAMES["anglo"][1]), "outlook.com")
    return T


def _net(W, T):
    return W.astrill_net() if T["astrill"] else W.vpn_net(T["vpn"], "US")


def _victim(W, stats):
    """A real US person whose identity a persona reuses; 60% of them are in the data as honest rows."""
    V = person(W, cc="US")
    if W.chance(0.6):
        kind = "identity_theft_victim"
        if W.chance(0.5):
            exchange_row(W, V, 0, kind + ";exchange_account")
        else:
            from .honest import emp_for
            from .lives import payout
            payout(W, V, None)
            platform_row(W, V, emp_for(W), 0, kind)
        V["in_data"] = True
    return V


def _persona(W, T, shares, stats, extra_traits=(), emp=None, careful=False):
    r = W.r
    cc = W.wpick(CLAIM_CC)
    traits = list(extra_traits)
    stolen = W.chance(0.25)
    P = person(W, cc=cc, culture=W.culture_for(cc), pseudonymous=(T["tactic"] == "wallet_consolidation_ring" and W.chance(0.6)))
    if stolen:
        V = _victim(W, stats)
        P["first"], P["last"], P["full"], P["birth"], P["nid"], P["cc"] = V["first"], V["last"], V["full"], V["birth"], V["nid"], "US"
        P["claim_cc"] = "US"
        if W.chance(0.3):
            P["address"] = V["address"]
            traits.append("victim_address")
        traits.append("stolen_identity")
        if V.get("in_data"):
            traits.append("victim_in_data")
    else:
        traits.append("synthetic_identity")
    if P["pseudo"]:
        traits.append("pseudonymous")
    else:
        P["email"] = W.email(P["first"], P["last"], T["mail_dom"] if not careful else None, style=T["mail_style"] if not careful else None)
    # the claimed place is abroad-facing; the work happens from the team's networks
    if "voip" in shares:
        P["phone"] = W.pick(T["voip"]) if W.chance(0.5) else W.phone("US")
        P["phone_type"] = "nonFixedVoip"
        traits.append("voip_phone")
    elif not careful and W.chance(0.5):
        P["phone_type"] = "nonFixedVoip"
        traits.append("voip_phone")
    if "hub_mailbox" in shares:
        P["recovery_email"] = T["hub"]
    if "handler_phone" in shares:
        P["recovery_phone"] = W.pick(T["voip"])
        P["recovery_phone_type"] = "nonFixedVoip"
    own = P["home"]
    if careful:
        rp = W.home_net("US", "")
        rp["owner"] += " (residential proxy)"
        P["nets"] = [(rp, 70), (_net(W, T), 30)]
        traits.append("residential_proxy")
    else:
        P["nets"] = [(_net(W, T), 75)]
        traits.append("vpn_astrill" if T["astrill"] else "commercial_vpn")
    P["home"] = P["nets"][0][0]
    P["signup_net"] = W.pick(T["vps"]) if "signup_vps" in shares else P["nets"][0][0]
    if "op_laptop" in shares:
        P["laptop"] = W.pick(T["laptops"])
        P["mob"] = W.pick(T["handsets"])
        P["devs"] = [(P["laptop"], P["ua"], 75), (P["mob"], P["mua"], 25)]
    if "facilitator" in shares:
        F = T["facilitator"]
        P["nets"] = [(F["home"], 70), (_net(W, T), 30)]
        P["ship_addr"] = F["address"] if W.chance(0.6) else F["address"].replace(",", f" c/o {P['first']},", 1)
        P["ep_gw"], P["ep_ssid"] = F["gw"], F["ssid"]
        P["ep_usb"] = [W.pick(D.IPKVM_USB)] if W.chance(0.7) else []
        P["ep_procs"] = [W.pick(D.HONEST_REMOTE)] if W.chance(0.6) else []
        if W.chance(0.3):
            P["ep_ports"] = ["5900/tcp"] if W.chance(0.5) else ["3389/tcp"]
            P["ep_remote"] = [(F["home"]["ip"], 3600 * r.randrange(8, 200))]
        traits += ["laptop_farm"] + (["ip_kvm"] if P["ep_usb"] else [])
    if not careful and W.chance(0.08):
        P["extra_logins"] = [(LOGIN_FROM + r.randrange(280) * DAY + r.randrange(DAY), T["base_net"], P["laptop"], P["ua"]) for _ in range(r.randrange(1, 3))]
        traits.append("base_dropout")
    if T["kb_leak"] and not careful:
        P["ep_kb"] = [D.COUNTRIES[cc]["kb"], W.pick(["ko-KR", "zh-CN", "ko-KR"])]
    if T["night"]:
        P["hours"] = (r.randrange(20, 23), r.randrange(28, 32))
    P["ep_tz"] = P["tz"]
    if "face" in shares:
        photo(W, P, base=W.pick(T["faces"]), variant=r.randrange(1, 10 ** 6))
        traits.append("ai_edited_photo")
    elif W.chance(0.5):
        photo(W, P)
    if "resume" in shares:
        P["resume_tpl"] = T["resume"]
    if "consolidation_address" in shares:
        P["payout"] = ("crypto", W.pick(T["consol"]), "", "usdt-trc20")
    elif "mule_exchange_deposit" in shares:
        P["payout"] = ("crypto", W.pick(T["mule_deps"]), "", "usdc")
    else:
        P["payout"] = ("crypto", W.address_of(W.pick(["tron", "eth", "sol"])), "", "usdt-trc20") if W.chance(0.7) else \
            ("bank", f"bank:US:{W.pick(D.BANKS['US'])}:{W.hex(16)}", "", "ach")
    P["traits"] = traits
    return P


def _emit_persona(W, T, P, shares, primary, emp=None):
    k = ";".join([primary] + sorted(set(P["traits"])) + ["shares_" + s for s in sorted(shares)])
    n_apps = W.r.choice([1, 1, 2, 3]) if T["tactic"] != "split_employer_ring" else 1
    for i in range(n_apps):
        e = emp if (emp and i == 0) else W.pick(T["emps"])
        platform_row(W, P, e, 1, k, status="contractor" if i == 0 and W.chance(0.7) else None)
    if W.chance(0.3):
        exchange_row(W, P, 1, k + ";exchange_account", deposit=P["payout"][1] if P["payout"][0] == "crypto" and not P["payout"][2] and W.chance(0.5) else None)


def _facilitator(W, T, stats):
    F = person(W, cc="US")
    F["traits"] = ["laptop_farm_host"]
    T["facilitator"] = F
    F["withdraw_to"] = W.pick(T["consol"])
    if W.chance(0.6):
        exchange_row(W, F, 1, "facilitator;laptop_farm_host;exchange_account")
    else:
        from .lives import payout
        payout(W, F, None)
        platform_row(W, F, W.pick(T["emps"]), 1, "facilitator;laptop_farm_host")


def _mules(W, T, stats):
    T["mule_deps"] = []
    for _ in range(W.r.randrange(1, 4)):
        stolen = W.chance(0.6)
        if stolen:
            V = _victim(W, stats)
            M = person(W, cc="US")
            M["first"], M["last"], M["full"], M["birth"], M["nid"] = V["first"], V["last"], V["full"], V["birth"], V["nid"]
            M["nets"] = [(_net(W, T), 80)]
            M["signup_net"] = W.pick(T["vps"])
            M["devs"] = [(W.pick(T["laptops"]), M["ua"], 100)]
            M["phone"] = W.pick(T["voip"]) if W.chance(0.5) else M["phone"]
            M["phone_type"] = "nonFixedVoip"
            kind = "stolen_id_exchange_account;stolen_identity" + (";victim_in_data" if V.get("in_data") else "")
        else:
            M = person(W, cc="US")
            kind = "money_mule;recruited_us_person"
        M["withdraw_to"] = W.pick(T["consol"])
        dep = W.address_of(W.pick(["eth", "tron"]))
        T["mule_deps"].append(dep)
        exchange_row(W, M, 1, kind, deposit=dep)


def _recruiter_front(W, T, stats):
    r = W.r
    name = W.pick(["Blockhire", "Web3Talent", "ChainRecruit", "DeFiJobs", "Nakamoto Partners", "Ledgerlink Careers"]) + " " + W.hex(3).upper()
    dom = name.lower().replace(" ", "") + W.pick([".io", ".com", ".xyz"])
    vps = T["vps"][0]
    W.domains.append((dom, name, "2025-%02d-%02d" % (r.randrange(1, 8), r.randrange(1, 28)), T["hub"], vps["ip"], "ns1.dnsowl.com;ns2.dnsowl.com"))
    emp = dict(name=name, domain=dom, kind="startup", managed=False, net=vps, safes=[W.pick(T["consol"])])
    for _ in range(r.randrange(1, 4)):
        R = person(W, cc=W.pick(["US", "SG", "GB", "JP"]))
        R["email"] = W.email(R["first"], R["last"], dom)
        R["nets"] = [(_net(W, T), 70), (vps, 30)]
        R["signup_net"] = vps
        R["devs"] = [(W.pick(T["laptops"]), R["ua"], 100)]
        R["phone"] = W.pick(T["voip"])
        R["phone_type"] = "nonFixedVoip"
        R["recovery_email"] = T["hub"]
        R["role"] = "recruiter"
        photo(W, R, base=W.pick(T["faces"]), variant=r.randrange(1, 10 ** 6))
        platform_row(W, R, emp, 1, "fake_recruiter;front_company;voip_phone;ai_edited_photo", status="employee",
                     extra=dict(recovery_email=T["hub"]))
    # honest developers the front "interviewed" (Contagious Interview targets): honest applicants to the front company
    for _ in range(r.randrange(3, 9)):
        P = person(W)
        from .lives import payout
        payout(W, P, emp)
        platform_row(W, P, emp, 0, "interview_scam_target", status="applicant")
    return emp


# a shuffled deck, refilled when empty, so that every tactic is present at every size
TACTICS = [("laptop_farm_ring", 5), ("wallet_consolidation_ring", 4), ("persona_ring", 4), ("split_employer_ring", 3),
           ("careful_ring", 4), ("fake_recruiter_ring", 2), ("lone_persona", 5)]


def build(W, n_fraud_target, stats):
    r = W.r
    idx = 0
    fraud_rows = lambda: sum(1 for t in W.truth if t[1] == 1)
    deck = []
    while fraud_rows() < n_fraud_target:
        idx += 1
        if not deck:
            deck = [t for t, w in TACTICS for _ in range(w)]
            r.shuffle(deck)
        tactic = deck.pop()
        if tactic == "lone_persona":
            T = _team(W, idx, "lone_persona")
            T["emps"] = [W.pick(W.employers)]
            P = _persona(W, T, set(), stats, ["few_traits"], careful=W.chance(0.5))
            _emit_persona(W, T, P, set(), "lone_persona")
            continue
        T = _team(W, idx, tactic)
        T["emps"] = r.sample(W.employers, min(len(W.employers), r.randrange(2, 6)))
        careful = tactic == "careful_ring"
        if tactic == "laptop_farm_ring":
            managed = [e for e in W.employers if e["managed"]] or W.employers
            T["emps"] = r.sample(managed, min(len(managed), r.randrange(2, 6)))
            _facilitator(W, T, stats)
            pool = ["facilitator"] + r.sample(["op_laptop", "voip", "face", "resume", "hub_mailbox", "signup_vps", "consolidation_address"], r.randrange(1, 4))
        elif tactic == "wallet_consolidation_ring":
            _mules(W, T, stats)
            pool = r.sample(["consolidation_address", "mule_exchange_deposit"], r.randrange(1, 3)) + r.sample(["op_laptop", "signup_vps", "resume", "handler_phone"], r.randrange(0, 3))
        elif tactic == "persona_ring":
            pool = r.sample(["op_laptop", "handler_phone", "voip", "hub_mailbox", "signup_vps", "face", "resume", "consolidation_address"], r.randrange(2, 5))
        elif tactic == "split_employer_ring":
            pool = [r.choice(["consolidation_address", "handler_phone", "op_laptop", "face"])]
        elif tactic == "careful_ring":
            pool = [r.choice(["consolidation_address", "hub_mailbox", "handler_phone", "face", "signup_vps", "resume", "op_laptop"])]
        else:
            front = _recruiter_front(W, T, stats)
            T["emps"] = T["emps"] + [front]
            pool = r.sample(["op_laptop", "voip", "face", "hub_mailbox", "signup_vps", "resume"], r.randrange(1, 4))
        if "mule_exchange_deposit" in pool and "mule_deps" not in T:
            _mules(W, T, stats)
        size = r.randrange(2, 4) if tactic in ("careful_ring", "split_employer_ring") else r.randrange(3, 8)
        emps = list(T["emps"])
        for i in range(size):
            shares = set(pool)
            P = _persona(W, T, shares, stats, [], careful=careful)
            emp = emps[i % len(emps)] if tactic == "split_employer_ring" else None
            if tactic == "split_employer_ring":
                P["traits"].append("split_across_employers")
            if careful or tactic == "split_employer_ring":
                P["traits"].append("shares_only_" + pool[0])
            _emit_persona(W, T, P, shares, tactic, emp=emp)
    return idx
