"""Honest groups that share evidence for innocent reasons: agencies, DAO teams, hackathon cohorts,
university clubs, open-source co-maintainers, hacker houses, families, handle changes."""
import datetime as dt
import os

from . import catalog as C
from . import media as M
from .core import END, START, Addr, hexid, iso, rand_time, slug, wrand
from .honest import add_vpn, make_contractor, maybe_exchange
from .orgs import hosting, nameservers, registrant
from .people import add_payout, base_dev, emit, honest_endpoint


def _sizes(rng, total, lo, hi, alpha=1.6):
    out, made = [], 0
    while made < total:
        k = min(hi, max(lo, int(lo - 1 + rng.paretovariate(alpha))))
        k = min(k, total - made) if total - made >= lo else total - made
        out.append(k)
        made += k
    return out


AGENCY_CC = {"IN": 25, "UA": 15, "PL": 12, "VN": 10, "NG": 8, "AR": 8, "PK": 7, "BR": 6, "PH": 4, "RS": 5}


def agencies(w, rng, n, companies):
    """Dev shops billing together: one office network, one agency bank account, agency email domain."""
    for size in _sizes(rng, n, 3, 14, 1.3):
        cc = wrand(rng, AGENCY_CC)
        city = w.city_of(rng, cc)
        word = rng.choice(C.CLIENT_WORDS)
        aname = f"{word}{rng.choice(['Soft', 'Dev', 'Labs', 'Tech', 'Code', 'Works', 'Chain'])} {rng.choice(['LLC', 'Ltd', 'Sp. z o.o.', 'Pvt Ltd', 'Studio'])}"
        domain = slug(aname.split()[0]) + rng.choice([".io", ".dev", ".com", ".tech"])
        if domain in w.company_names:
            domain = slug(aname.split()[0]) + hexid(rng, 2) + ".io"
        w.company_names.add(domain)
        since = dt.datetime(rng.randint(2015, 2023), rng.randint(1, 12), 10, tzinfo=dt.timezone.utc)
        reg = wrand(rng, {"Namecheap, Inc.": 50, "GoDaddy.com, LLC": 30, "Cloudflare, Inc.": 20})
        w.domains.append({"domain": domain, "company": aname, "registered_at": iso(since),
                          "registrant_email": registrant(rng, domain, since), "ip": hosting(rng),
                          "nameservers": nameservers(rng, reg), "registrar": reg})
        office = w.biz_addr(rng, cc, city[0])
        office_addr = w.address(rng, cc, city[0])
        method = wrand(rng, {"bank": 45, "wallet": 35, "crypto": 20})
        if method == "bank":
            shared = [w.iban(rng, cc)]
        elif method == "wallet":
            shared = [f"payoneer:billing@{domain}"]
        else:
            shared = [w.evm(rng)]
        client = rng.choice(companies)
        start = rand_time(rng, START, END - dt.timedelta(days=120))
        office_pc = w.device(rng, "win_chrome") if rng.random() < 0.2 else None  # a shared test / office machine
        for i in range(size):
            p = base_dev(w, rng, cc=cc, city=city[0], created=rand_time(rng, start, start + dt.timedelta(days=200)))
            p["primary"] = ["honest_agency"]
            p["employer"] = aname
            if rng.random() < 0.6:
                first, last = p["legal_name"].lower().split()[0], p["legal_name"].lower().split()[-1]
                e = f"{first}.{last}@{domain}"
                if e not in w.emails:
                    w.emails.add(e)
                    p["email"] = e
            p["sources"] = [(60, office), (30, p["home"]), (10, lambda r, cc=cc, c=city[0]: w.mobile_addr(r, cc, c))]
            p["signup_addr"] = office
            if office_pc is not None and rng.random() < 0.5:
                p["devices"] = p["devices"] + [office_pc]
                p["tokens"].append("shared_office_device")
            if rng.random() < 0.5:
                p["address"] = office_addr
                p["tokens"].append("office_address")
            p["payouts"] = []
            add_payout(w, rng, p, method=method, dests=shared, payer=[client["name"], "Ledgerline Escrow"],
                       n=rng.randint(3, 18), chain="Ethereum" if method == "crypto" else None)
            p["tokens"] += ["shared_office_ip", "agency_payout_account"]
            if i == 0 and rng.random() < 0.5:
                p["recovery_email"] = f"admin@{domain}"
            elif rng.random() < 0.3:
                p["recovery_email"] = f"admin@{domain}"
                p["tokens"].append("shared_recovery_admin")
            emit(w, rng, p)


DAO_PAYERS = ["Utopia Labs payroll", "Coordinape", "Superfluid stream", "Request Finance", "Llama payroll",
              "Safe{Wallet} batch"]


def dao_teams(w, rng, n, companies):
    """Contributors of one DAO or protocol team, paid from one treasury; some teams into one team multisig."""
    for size in _sizes(rng, n, 2, 12, 1.4):
        dao = rng.choice(companies)
        payer = f"{dao['name']} treasury via {rng.choice(DAO_PAYERS)}"
        team_safe = w.evm(rng) if rng.random() < 0.35 else None
        chain = wrand(rng, {"Ethereum": 30, "Arbitrum": 25, "Optimism": 15, "Base": 20, "Polygon": 10})
        start = rand_time(rng, START, END - dt.timedelta(days=150))
        for _ in range(size):
            p = base_dev(w, rng, pseud=rng.random() < 0.45, created=rand_time(rng, start, start + dt.timedelta(days=120)))
            p["primary"] = ["honest_dao_team"]
            p["employer"] = dao["name"]
            p["payouts"] = []
            if team_safe:
                add_payout(w, rng, p, method="crypto", dests=[team_safe], payer=payer, chain=chain,
                           n=rng.randint(3, 14), next_hop="")
                p["tokens"].append("shared_multisig")
            else:
                add_payout(w, rng, p, method="crypto", payer=payer, chain=chain, n=rng.randint(3, 14))
            p["tokens"].append("dao_payroll")
            if rng.random() < 0.35:
                add_vpn(w, rng, p, rng.randint(10, 60))
            maybe_exchange(w, rng, p)
            emit(w, rng, p)


HACKATHONS = [("ETHDenver", "US", "Denver"), ("ETHGlobal New York", "US", "New York"),
              ("ETHGlobal San Francisco", "US", "San Francisco"), ("Devcon SEA", "TH", "Bangkok"),
              ("ETHGlobal Singapore", "SG", "Singapore"), ("EthCC", "FR", "Paris"), ("ETHWarsaw", "PL", "Warsaw"),
              ("ETHLisbon", "PT", "Lisbon"), ("Korea Blockchain Week", "KR", "Seoul"), ("Token2049", "AE", "Dubai"),
              ("ETHIndia", "IN", "Bengaluru"), ("ETHGlobal Istanbul", "TR", "Istanbul"), ("Solana Breakpoint", "SG", "Singapore"),
              ("ETHBerlin", "DE", "Berlin"), ("ETHGlobal Tokyo", "JP", "Tokyo"), ("ETHGlobal Buenos Aires", "AR", "Buenos Aires")]


def hackathons(w, rng, n, companies):
    """Hackathon cohorts: dozens sign up from one venue network within an hour, from many countries."""
    events = rng.sample(HACKATHONS, len(HACKATHONS))
    for k, size in enumerate(_sizes(rng, n, 15, 140, 1.1)):
        name, vcc, vcity = events[k % len(events)]
        c = w.city_of(rng, vcc, vcity)
        venue_ips = [w.biz_addr(rng, vcc, vcity) for _ in range(rng.randint(1, 3))]
        for a in venue_ips:
            a.kind = "venue"
        t0 = rand_time(rng, START + dt.timedelta(days=30), END - dt.timedelta(days=60))
        t0 = t0.replace(hour=int(8 - w.tz_of(vcc, c[3])) % 24, minute=0)
        for _ in range(size):
            local = rng.random() < 0.45
            cc = vcc if local else wrand(rng, C.DEV_COUNTRY_W)
            created = t0 + dt.timedelta(minutes=rng.betavariate(2, 3) * 70)
            p = base_dev(w, rng, cc=cc, pseud=rng.random() < 0.3, created=created)
            p["primary"] = ["honest_hackathon"]
            p["tokens"].append("venue_signup")
            venue = rng.choice(venue_ips)
            p["signup_addr"] = venue
            # the weekend on venue wifi, then home
            p["sources"].append((rng.randint(8, 25), venue))
            p["n_logins"] = max(p["n_logins"], 4)
            p["bio"] = f"{name} hacker. " + p["bio"]
            if rng.random() < 0.25:  # prize or bounty from a sponsor
                p["payouts"] = []
                add_payout(w, rng, p, method="crypto", payer=f"{name} bounties", n=1, next_hop=None)
            emit(w, rng, p)


def uni_clubs(w, rng, n, companies):
    """University blockchain clubs: campus network, .edu addresses, one club resume template, a club treasury."""
    unis = [(cc, u) for cc, lst in C.UNIVERSITIES.items() for u in lst]
    for size in _sizes(rng, n, 5, 40, 1.2):
        cc, uni = rng.choice(unis)
        c = w.city_of(rng, cc)
        edu = slug(uni.replace("University of", "u").replace("University", "").replace("Institute", ""))[:10]
        edu_dom = {"US": f"{edu}.edu", "CA": f"{edu}.ca", "GB": f"{edu}.ac.uk", "IN": f"{edu}.ac.in",
                   "KR": f"{edu}.ac.kr", "JP": f"{edu}.ac.jp", "CN": f"{edu}.edu.cn", "SG": f"{edu}.edu.sg"}.get(cc, f"{edu}.edu")
        owner = f"{uni} campus network"
        asn = 10000 + rng.randint(0, 50000)
        pref = f"{rng.randint(128, 171)}.{rng.randint(0, 255)}"
        campus = [Addr(f"{pref}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", asn, owner, cc, c[0], c[2], c[3], "false", "campus")
                  for _ in range(rng.randint(1, 4))]
        template = rng.sample(C.RESUME_TEMPLATE_LINES, 3)
        treasury = w.evm(rng) if rng.random() < 0.5 else None
        t0 = rand_time(rng, START, END - dt.timedelta(days=120))
        for _ in range(size):
            created = t0 + dt.timedelta(hours=rng.uniform(0, 24 * rng.choice([1, 3, 7])))
            p = base_dev(w, rng, cc=cc, city=c[0], created=created)
            p["primary"] = ["honest_uni_club"]
            p["birth_date"] = w.birth_date(rng, 1999, 2006) if p.get("birth_date") else ""
            if rng.random() < 0.7:
                first, last = p["legal_name"].lower().replace(".", "").split()[0], p["legal_name"].lower().split()[-1]
                e = f"{first[0]}{last}{rng.randint(1, 99)}@{edu_dom}"
                if e not in w.emails:
                    w.emails.add(e)
                    p["email"] = e
            p["sources"] = [(50, rng.choice(campus)), (30, p["home"]), (20, lambda r, cc=cc, ci=c[0]: w.mobile_addr(r, cc, ci))]
            p["signup_addr"] = rng.choice(campus)
            p["tokens"].append("campus_network")
            if rng.random() < 0.6:
                p["resume_kind"] = "file"
                p["template_lines"] = template
                p["school"] = uni
                p["tokens"].append("resume_template")
            if treasury and rng.random() < 0.6:
                p["payouts"] = []
                add_payout(w, rng, p, method="crypto", dests=[treasury], payer=[f"{uni} Blockchain Club bounties"],
                           chain="Polygon", n=rng.randint(1, 4), next_hop="")
                p["tokens"].append("club_treasury")
            emit(w, rng, p)


def oss(w, rng, n, companies):
    """Open-source co-maintainers: the same repositories in their profiles, sometimes one grants multisig."""
    for size in _sizes(rng, n, 2, 6, 1.8):
        org = rng.choice(["solidity-", "rust-", "zk-", "eth-", "web3-", "defi-", "", ""]) + rng.choice(
            ["toolkit", "utils", "kit", "indexer", "sdk", "sandbox", "bench", "lint", "fuzz", "wallet", "scan", "graph"]) + \
            ("-" + hexid(rng, 3) if rng.random() < 0.5 else "")
        repos = [f"https://github.com/{org}", f"https://github.com/{org}/{org.split('-')[-1]}-core"]
        site = f"https://{org.replace('-', '')}.dev" if rng.random() < 0.4 else None
        grants = w.evm(rng) if rng.random() < 0.3 else None
        for _ in range(size):
            p = base_dev(w, rng, pseud=rng.random() < 0.35)
            p["primary"] = ["honest_oss"]
            p["profiles"] = p["profiles"] + repos[: rng.randint(1, 2)] + ([site] if site and rng.random() < 0.6 else [])
            p["tokens"].append("shared_repo")
            if grants and rng.random() < 0.7:
                p["payouts"] = []
                add_payout(w, rng, p, method="crypto", dests=[grants], payer=["Gitcoin Grants", "Optimism RetroPGF"],
                           chain="Optimism", n=rng.randint(1, 4), next_hop="")
                p["tokens"].append("shared_grants_multisig")
            emit(w, rng, p)


HOUSES = [("PT", "Lisbon"), ("ID", "Bali"), ("TH", "Bangkok"), ("TH", "Chiang Mai"), ("US", "San Francisco"),
          ("US", "Austin"), ("DE", "Berlin"), ("AR", "Buenos Aires"), ("VN", "Da Nang"), ("MX", "Mexico City"),
          ("AE", "Dubai"), ("KR", "Seoul")]


def hacker_houses(w, rng, n, companies):
    """Hacker houses and shared flats: one address, one router, residents from everywhere."""
    for size in _sizes(rng, n, 3, 12, 1.5):
        hcc, hcity = rng.choice(HOUSES)
        router = w.home_addr(rng, hcc, hcity)
        house_addr = w.address(rng, hcc, hcity)
        gateway = ":".join(hexid(rng, 2) for _ in range(6))
        ssid = f"{rng.choice(['HackerHouse', 'BuildersDen', 'gm_house', 'CasaCrypto', 'NodeHouse'])}_{hexid(rng, 3)}"
        t0 = rand_time(rng, START, END - dt.timedelta(days=200))
        for _ in range(size):
            cc = hcc if rng.random() < 0.3 else wrand(rng, C.DEV_COUNTRY_W)
            p = base_dev(w, rng, cc=cc, pseud=rng.random() < 0.3, created=rand_time(rng, t0 - dt.timedelta(days=300), t0 + dt.timedelta(days=60)))
            p["primary"] = ["honest_hackerhouse"]
            p["sources"] = [(55, router), (20, p["home"]), (15, lambda r, a=hcc, b=hcity: w.mobile_addr(r, a, b)),
                            (10, lambda r, a=hcc, b=hcity: w.venue_addr(r, a, b))]
            p["tokens"].append("shared_home_ip")
            p["tz_real"] = w.tz_of(hcc, w.city_of(rng, hcc, hcity)[3])
            if p.get("kyc_level") == "full" and rng.random() < 0.4:
                p["address"] = house_addr
                p["tokens"].append("shared_address")
            if rng.random() < 0.08:
                make_contractor(w, rng, p, companies, ship_to=house_addr)
                p["endpoint"] = honest_endpoint(w, rng, p, gateway=gateway, ssid=ssid)
                p["tokens"].append("shared_gateway")
            emit(w, rng, p)


def families(w, rng, n, companies):
    """Couples, siblings, parent and child: one address and router, a shared laptop, a joint account."""
    for size in _sizes(rng, n, 2, 4, 2.2):
        cc = wrand(rng, C.DEV_COUNTRY_W)
        c = w.city_of(rng, cc)
        culture = w.culture_for(rng, cc)
        last = rng.choice(C.NAMES[culture][1])
        home = w.home_addr(rng, cc, c[0])
        addr = w.address(rng, cc, c[0])
        shared_dev = w.device(rng) if rng.random() < 0.3 else None
        head_phone = None
        joint = (w.us_bank(rng) if cc == "US" else w.iban(rng, cc)) if rng.random() < 0.25 else None
        for i in range(size):
            p = base_dev(w, rng, cc=cc, city=c[0], culture=culture)
            first = p["legal_name"].split()[0]
            p["legal_name"] = p["full_name"] = f"{first} {last}"
            p["primary"] = ["honest_family"]
            p["home"] = home
            p["sources"][0] = (70, home)
            p["tokens"].append("shared_home_ip")
            if p.get("address") or rng.random() < 0.5:
                p["address"] = addr
                p["tokens"].append("shared_address")
            if shared_dev is not None and rng.random() < 0.8:
                p["devices"] = [shared_dev] + p["devices"][1:]
                p["tokens"].append("shared_device")
            if i == 0:
                head_phone = p.get("phone")
            elif head_phone and rng.random() < 0.4:
                p["recovery_phone"] = head_phone
                p["recovery_phone_line_type"] = "mobile"
                p["tokens"].append("family_recovery_phone")
            if joint and rng.random() < 0.8:
                p["payouts"] = []
                add_payout(w, rng, p, method="bank", dests=[joint], n=rng.randint(2, 10))
                p["tokens"].append("joint_account")
            emit(w, rng, p)


def handle_changes(w, rng, n_people, companies):
    """One developer, two accounts: an old handle abandoned, a new one (same phone, device, wallet...)."""
    for _ in range(n_people):
        p = base_dev(w, rng, pseud=rng.random() < 0.4, created=rand_time(rng, START, END - dt.timedelta(days=300)))
        p["primary"] = ["honest_handle_change"]
        p["until"] = p["created"] + dt.timedelta(days=rng.randint(60, 250))
        if not p["payouts"]:
            add_payout(w, rng, p, method="crypto")
        old_photo_style = p["photo_style"]
        prow = emit(w, rng, p)
        # the new account
        q = dict(p)
        q["id"] = w.new_id("account", rng)
        q["tokens"] = list(p["tokens"])
        q["handle"] = w.handle(rng, None if p["pseud"] else p["legal_name"])
        if p["pseud"]:
            q["full_name"] = q["handle"]
        q["created"] = p["until"] + dt.timedelta(days=rng.randint(0, 40))
        q["until"] = min(END, q["created"] + dt.timedelta(days=rng.randint(60, 500)))
        q["email"] = w.email(rng, None if p["pseud"] else p["legal_name"], p["cc"],
                             domain=rng.choice(["proton.me", "gmail.com", "icloud.com"]), handle=q["handle"])
        if rng.random() < 0.25:
            q.pop("phone", None)
        if rng.random() < 0.4:
            q["devices"] = [w.device(rng)] + p["devices"][:1]
        if rng.random() < 0.5:  # a fresh wallet, or the old one kept
            q["payouts"] = []
            add_payout(w, rng, q, method="crypto")
        q["profiles"] = [u.replace(p["handle"].replace(".eth", "").replace(".", "-"), q["handle"].replace(".eth", "").replace(".", "-"))
                         for u in p["profiles"]]
        q["photo_style"] = old_photo_style if rng.random() < 0.5 else rng.choice(["default", "nft", "selfie", "none"])
        if prow["photo"].startswith("photos/") and rng.random() < 0.6:  # the same picture uploaded again
            with open(os.path.join(w.bundle, prow["photo"]), "rb") as f:
                q["photo"] = w.save_photo_bytes(q["id"], f.read(), prow["photo"].rsplit(".", 1)[1])
            q["tokens"].append("same_photo")
        emit(w, rng, q)
