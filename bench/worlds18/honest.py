"""Honest individual developers: named, pseudonymous, Asia-based, diaspora, nomads."""
import datetime as dt

from . import catalog as C
from .core import END, START, hexid, rand_time, wrand
from .people import add_payout, base_dev, emit, honest_endpoint

EXCHANGE_HOT = [  # custodial exchanges whose deposit address is shared, a memo telling users apart
    ("Binance", "0x28c6c06298d514db089934071355e5743bf21d60"),
    ("OKX", "0x6cc5f688a315f3dc28a7781717a9a798a59fda7b"),
    ("Bybit", "0xf89d7b9c864f589bbf53a82105107622b35eaa40"),
    ("Kraken", "0x2910543af39aba0cd09dbb2d50200b3e800a63d2"),
]
RESHIPPERS = [  # freight forwarders: one warehouse address, a suite number per customer
    ("MyUS.com", "4315 Sunshine Blvd Suite {n}, Sarasota, FL 34240"),
    ("Shipito", "15540 Valley Blvd Unit {n}, Fontana, CA 92335"),
    ("Planet Express", "2200 E Valencia Dr #{n}, Fullerton, CA 92831"),
]
MAIL_FORWARDERS = [  # nomad mailing addresses shared by thousands
    "5020 S Tennis Ln Ste {n}, Sioux Falls, SD 57108",
    "1300 W Belmont Ave #{n}, Chicago, IL 60657",
    "2401 N Roosevelt Ave Ste {n}, Livingston, TX 77351",
]


def maybe_exchange(w, rng, p, share=0.035):
    """A few crypto payees withdraw straight to an exchange's shared hot-wallet address (memo-tagged)."""
    for plan in p.get("payouts", []):
        if plan["method"] == "crypto" and plan["chain"] != "Solana" and rng.random() < share:
            ex, addr = wrand(rng, {EXCHANGE_HOT[0]: 45, EXCHANGE_HOT[1]: 25, EXCHANGE_HOT[2]: 20, EXCHANGE_HOT[3]: 10})
            plan["dests"] = [addr]
            plan["memo"] = f"{rng.randint(100000000, 999999999)}"
            plan["next_hop"] = ""
            p["tokens"].append("exchange_deposit")


def add_vpn(w, rng, p, weight, vpn=None, token="vpn_privacy"):
    vpn = vpn or wrand(rng, {"NordVPN": 35, "Mullvad": 20, "ProtonVPN": 25, "ExpressVPN": 15, "Astrill": 5})
    exit_cc = p["cc"] if p["cc"] in C.VPNS[vpn][1] and rng.random() < 0.6 else None
    p["sources"].append((weight, lambda r, vpn=vpn, cc=exit_cc: w.vpn_addr(r, vpn, cc)))
    p["tokens"].append(token)
    if vpn == "Astrill":
        p["tokens"].append("astrill_vpn")
    return vpn


def make_contractor(w, rng, p, companies, ship_to=None, it_remote=0.1):
    """A developer on a retained contract: identity verified, a managed laptop shipped and monitored."""
    p["kind"] = "contractor"
    comp = rng.choice(companies)
    p["employer"] = comp["name"]
    p["client"] = comp["name"]
    if p.get("kyc_level") != "full":
        p["kyc_level"] = "full"
        p["address"] = p.get("address") or w.address(rng, p["cc"], p["city"])
        p["birth_date"] = w.birth_date(rng)
        p["national_id"] = w.national_id(rng, p["cc"])
    if not p.get("payouts"):
        add_payout(w, rng, p, payer=[comp["name"], "Ledgerline Escrow"], n=rng.randint(4, 20))
    else:
        for plan in p["payouts"]:
            plan["payer"] = [comp["name"], "Ledgerline Escrow"]
            plan["n"] = max(plan["n"], rng.randint(4, 16))
    p["until"] = min(END, max(p["until"], p["created"] + dt.timedelta(days=rng.randint(90, 600))))
    if ship_to is None:
        if p["cc"] != "US" and rng.random() < 0.12:
            fw, tpl = rng.choice(RESHIPPERS)
            ship_to = tpl.format(n=rng.randint(1000, 99999))
            p["tokens"].append("reshipper")
        else:
            ship_to = p["address"]
    p["ship_to"] = ship_to
    p["endpoint"] = honest_endpoint(w, rng, p, it_remote=it_remote)
    p["tokens"].append("managed_laptop")
    return p


def plain_devs(w, rng, n, companies):
    for _ in range(n):
        p = base_dev(w, rng)
        p["primary"] = ["honest_dev"]
        if rng.random() < 0.07:  # works most days from a coworking space (WeWork, Impact Hub, a Regus)
            cw = w.venue_addr(rng, p["cc"], p["city"], kind="coworking")
            p["sources"].append((rng.randint(40, 120), cw))
            if rng.random() < 0.3:
                p["signup_addr"] = cw
            p["tokens"].append("coworking")
        if rng.random() < 0.16:
            add_vpn(w, rng, p, rng.randint(10, 40))
        if rng.random() < 0.004:
            p["sources"].append((5, w.tor_addr))
            p["tokens"].append("tor")
        if rng.random() < 0.15:
            make_contractor(w, rng, p, companies)
        elif p["payouts"] and rng.random() < 0.5:
            comp = rng.choice(companies)
            p["employer"] = comp["name"]
            for plan in p["payouts"]:
                plan["payer"] = [comp["name"], "Ledgerline Escrow"]
        maybe_exchange(w, rng, p)
        emit(w, rng, p)


def pseudonymous(w, rng, n, companies):
    """Handles, no face, crypto payouts, VPN and Tor as a privacy habit."""
    for _ in range(n):
        p = base_dev(w, rng, pseud=True)
        p["primary"] = ["honest_pseudonym"]
        if rng.random() < 0.55:
            add_vpn(w, rng, p, rng.randint(30, 150), vpn=wrand(rng, {"Mullvad": 35, "ProtonVPN": 30, "NordVPN": 20,
                                                                     "ExpressVPN": 10, "Astrill": 5}))
        if rng.random() < 0.08:
            p["sources"].append((rng.randint(10, 60), w.tor_addr))
            p["tokens"].append("tor")
        if rng.random() < 0.3:
            p["no_signup_ip"] = False
        if p["payouts"] and rng.random() < 0.35:
            comp = rng.choice(companies)
            for plan in p["payouts"]:
                plan["payer"] = [comp["name"], "Ledgerline Escrow"]
        maybe_exchange(w, rng, p, 0.05)
        emit(w, rng, p)


ASIA_W = {"KR": 30, "CN": 24, "JP": 12, "VN": 24, "TW": 4, "HK": 3, "SG": 3}


def asia(w, rng, n, companies):
    """Korean, Chinese, Japanese, Vietnamese developers at home, working honestly for western projects."""
    for _ in range(n):
        cc = wrand(rng, ASIA_W)
        p = base_dev(w, rng, cc=cc, pseud=rng.random() < 0.25)
        p["primary"] = ["honest_asia"]
        p["night"] = 0.22  # calls with US/EU teams
        if cc == "CN":
            # GitHub, Google and most of crypto need a VPN from the mainland; Astrill is the usual one
            vpn = wrand(rng, {"Astrill": 55, "ExpressVPN": 25, "NordVPN": 10, "ProtonVPN": 10})
            add_vpn(w, rng, p, rng.randint(60, 200), vpn=vpn, token="vpn_china")
        elif rng.random() < 0.18:
            add_vpn(w, rng, p, rng.randint(10, 50))
        if p.get("phone") and rng.random() < 0.05:
            p["phone_line_type"] = "landline"
        if rng.random() < 0.1:
            make_contractor(w, rng, p, companies)
        elif p["payouts"]:
            comp = rng.choice(companies)
            p["employer"] = comp["name"] if rng.random() < 0.5 else ""
        maybe_exchange(w, rng, p, 0.06)
        emit(w, rng, p)


def diaspora(w, rng, n, companies):
    """Korean-, Chinese-, Japanese-, Vietnamese-heritage developers living in the west."""
    for _ in range(n):
        culture = wrand(rng, {"korean": 35, "chinese": 35, "vietnamese": 18, "japanese": 12})
        cc = rng.choice(C.DIASPORA_CULTURE[culture])
        p = base_dev(w, rng, cc=cc, culture=culture)
        p["primary"] = ["honest_diaspora"]
        home_cc = {"korean": "KR", "chinese": "CN", "japanese": "JP", "vietnamese": "VN"}[culture]
        if rng.random() < 0.12:  # a parent's number back home as recovery phone
            p["recovery_phone"] = w.phone(rng, home_cc)
            p["recovery_phone_line_type"] = "mobile"
            p["tokens"].append("foreign_recovery_phone")
        if rng.random() < 0.3:  # visits family: sessions from the home country
            p["sources"].append((rng.randint(3, 12), lambda r, hc=home_cc: w.mobile_addr(r, hc)))
            p["tokens"].append("visits_home")
        if rng.random() < 0.15:
            add_vpn(w, rng, p, rng.randint(10, 40))
        if rng.random() < 0.16:
            make_contractor(w, rng, p, companies)
        maybe_exchange(w, rng, p)
        emit(w, rng, p)


NOMAD_HUBS = [("PT", "Lisbon"), ("ID", "Bali"), ("TH", "Chiang Mai"), ("TH", "Bangkok"), ("MX", "Mexico City"),
              ("AR", "Buenos Aires"), ("ES", "Barcelona"), ("VN", "Da Nang"), ("AE", "Dubai"), ("TR", "Istanbul"),
              ("BR", "Florianopolis"), ("SG", "Singapore"), ("JP", "Tokyo"), ("DE", "Berlin"), ("KR", "Seoul"),
              ("CO", None)]


def nomads(w, rng, n, companies):
    """Digital nomads: a home country on paper, sessions from hotels, cafes and coworking spaces abroad."""
    for _ in range(n):
        cc = wrand(rng, {"US": 40, "GB": 12, "DE": 8, "CA": 8, "AU": 8, "FR": 5, "NL": 5, "PL": 4, "UA": 5, "BR": 5})
        p = base_dev(w, rng, cc=cc, pseud=rng.random() < 0.2)
        p["primary"] = ["honest_nomad"]
        hubs = [h for h in NOMAD_HUBS if h[1]]
        stops = rng.sample(hubs, rng.randint(2, 7))
        p["sources"] = [(10, p["home"])]
        for hcc, hcity in stops:
            p["sources"].append((rng.randint(8, 25), lambda r, a=hcc, b=hcity: w.venue_addr(r, a, b)))
            p["sources"].append((rng.randint(2, 8), lambda r, a=hcc, b=hcity: w.mobile_addr(r, a, b)))
        p["tokens"].append("multi_country_logins")
        if rng.random() < 0.5:
            add_vpn(w, rng, p, rng.randint(20, 60))
        if cc == "US" and rng.random() < 0.35:
            p["address"] = rng.choice(MAIL_FORWARDERS).format(n=rng.randint(100, 99999))
            p["tokens"].append("mail_forwarder")
        if rng.random() < 0.25 and cc in ("US", "CA") and p.get("phone"):
            p["phone_line_type"] = "nonFixedVoip"
            if "voip_phone" not in p["tokens"]:
                p["tokens"].append("voip_phone")
        p["n_logins"] = max(p["n_logins"], rng.randint(10, 60))
        p["tz_real"] = p["tz"] + rng.choice([0, 1, 3, 6, 8, -3])
        if rng.random() < 0.06:
            make_contractor(w, rng, p, companies)
        maybe_exchange(w, rng, p, 0.05)
        emit(w, rng, p)
