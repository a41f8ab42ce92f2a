"""Fake recruiters ("Contagious Interview", Unit 42; Sapphire Sleet fake-recruiter lures, Microsoft):
client-side accounts of invented or look-alike crypto companies whose job posts lure developers into
'take-home tests'. Clusters of 1-6 accounts behind one team: freshly registered domains that share a
registrant or a VPS, re-used recruiter faces, devices and recovery contacts."""
import datetime as dt

from . import catalog as C
from . import media as M
from .core import END, START, hexid, iso, rand_time, slug, wrand
from .fraud import Operator
from .people import emit, phone_type

FAKE_HOSTS = [("Stark Industries Solutions", "45.61"), ("BL Networks", "45.86"), ("Tzulo, Inc.", "104.243"),
              ("Leaseweb USA, Inc.", "23.106"), ("The Constant Company, LLC", "45.77")]
CI_REGISTRARS = {"Namecheap, Inc.": 55, "NameSilo, LLC": 20, "Porkbun LLC": 15, "GoDaddy.com, LLC": 10}
TITLES = ["Talent Acquisition Lead", "Technical Recruiter", "Head of Talent", "HR Manager", "CTO", "Co-founder",
          "Hiring Manager", "Senior Recruiter"]


def fake_domain(w, rng, companies, used):
    if rng.random() < 0.5 and companies:  # a look-alike of a real client
        real = rng.choice(companies)
        base = real["domain"].split(".")[0]
        name = real["name"]
        dom = rng.choice([f"{base}-careers.com", f"{base}-labs.io", f"{base}hq.xyz", f"join{base}.com", f"{base}-team.org",
                          f"{base}.finance" if not real["domain"].endswith(".finance") else f"{base}.app"])
    else:
        word = rng.choice(C.CLIENT_WORDS)
        suf = rng.choice(["Labs", "Protocol", "Finance", "Games", "Capital", "Network", "DAO"])
        name = f"{word}{rng.choice(['', 'X', 'Fi', 'Verse', 'Swap'])} {suf}"
        dom = slug(name) + "." + rng.choice(["io", "xyz", "com", "finance", "gg", "app"])
    while dom in used:
        dom = dom.split(".")[0] + hexid(rng, 2) + "." + dom.split(".", 1)[1]
    used.add(dom)
    return dom, name


def recruiter_cluster(w, rng, size, companies):
    op = Operator(w, rng, careful=rng.random() < 0.4)
    used = set(d["domain"] for d in w.domains)
    n_dom = rng.randint(1, min(3, size))
    share_registrant = rng.random() < 0.5
    share_ip = rng.random() < 0.7
    reg_email = f"{rng.choice(['hr', 'admin', 'career', 'talent', 'job'])}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'proton.me', 'outlook.com'])}"
    host, pref = rng.choice(FAKE_HOSTS)
    vps_ip = f"{pref}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    t0 = rand_time(rng, START + dt.timedelta(days=60), END - dt.timedelta(days=60))
    doms = []
    for _ in range(n_dom):
        dom, cname = fake_domain(w, rng, companies, used)
        reg = wrand(rng, CI_REGISTRARS)
        reg_at = t0 - dt.timedelta(days=rng.randint(3, 45))
        w.domains.append({"domain": dom, "company": cname, "registered_at": iso(reg_at),
                          "registrant_email": reg_email if share_registrant else rng.choice(["REDACTED FOR PRIVACY", f"{hexid(rng, 32)}@withheldforprivacy.com"]),
                          "ip": vps_ip if share_ip else f"{pref}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                          "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com" if reg.startswith("Namecheap")
                          else f"{rng.choice(['ns1', 'ns'])}.{host.split()[0].lower()}.net;ns2.{host.split()[0].lower()}.net",
                          "registrar": reg})
        doms.append((dom, cname))
    keys = rng.sample(["device", "recovery", "photo", "ip"], rng.randint(0, 3) if op.careful else rng.randint(1, 4))
    base_face = M.selfie(rng)
    dev = w.device(rng, rng.choice(["win_chrome", "mac_chrome"]))
    rec = f"{rng.choice(['hr', 'talent', 'recruit'])}.{hexid(rng, 4)}@proton.me"
    w.emails.add(rec)
    vps = w.cloud_addr(rng, "US")
    out = []
    for i in range(size):
        dom, cname = doms[i % len(doms)]
        cc = wrand(rng, {"US": 50, "SG": 12, "AE": 10, "GB": 10, "HK": 6, "CH": 6, "JP": 6})
        c = w.city_of(rng, cc)
        name = w.name(rng, "western" if cc in ("US", "GB") or rng.random() < 0.5 else w.culture_for(rng, cc))
        sid = w.new_id("account", rng)
        first, last = name.lower().replace(".", "").split()[0], name.lower().split()[-1]
        if rng.random() < 0.75:
            e = f"{first}.{last}@{dom}"
        else:
            e = f"{first}.{last}.{rng.choice(['hr', 'talent', 'recruit'])}@gmail.com"
        while e in w.emails:
            e = e.replace("@", f"{rng.randint(1, 9)}@")
        w.emails.add(e)
        p = {"id": sid, "kind": "account", "role": "client", "cc": cc, "city": c[0], "region": c[1], "lat": c[2],
             "lon": c[3], "culture": "", "legal_name": name, "full_name": name, "handle": w.handle(rng, name),
             "pseud": False, "fraud": 1, "primary": ["fake_recruiter"], "tokens": [], "email": e,
             "created": t0 + dt.timedelta(days=rng.uniform(0, 40)), "employer": cname, "kyc_level": "business",
             "payouts": []}
        p["until"] = min(END, p["created"] + dt.timedelta(days=rng.randint(20, 160)))
        if rng.random() < 0.75:
            p["phone"] = w.phone(rng, "US")
            p["phone_line_type"] = phone_type(rng, True)
            p["tokens"].append("voip_phone")
        p["tz"] = w.tz_of(cc, c[3])
        p["tz_real"], p["night"] = op.tz, op.night
        p["devices"] = [w.device(rng)]
        p["sources"] = [(60, op.vpn_src(cc)), (op.leak_w, (lambda r, L=op.leaks: r.choice(L)))]
        if op.vpn == "Astrill":
            p["tokens"].append("astrill_vpn")
        p["n_logins"] = rng.randint(6, 50)
        p["photo_style"] = "selfie"
        p["profiles"] = [f"https://www.linkedin.com/in/{first}-{last}-{hexid(rng, 6)}",
                         f"https://{dom}/careers"]
        p["bio"] = f"{rng.choice(TITLES)} @ {cname}. We're hiring senior Web3 engineers - take-home on GitHub."
        p["tokens"].append("young_domain")
        if share_registrant or share_ip:
            p["tokens"].append("domain_cluster")
        if "device" in keys:
            p["devices"] = [dev]
            p["tokens"].append("shared_device")
        if "recovery" in keys:
            p["recovery_email"] = rec
            p["tokens"].append("shared_recovery")
        if "photo" in keys:
            p["photo"] = w.save_photo(sid, M.edit(base_face, rng), "jpg", rng.randint(80, 92))
            p["tokens"] += ["shared_photo", "ai_edited_photo"]
        if "ip" in keys:
            p["sources"].append((rng.randint(60, 120), vps))
            p["signup_addr"] = vps
            p["tokens"].append("shared_ip")
        if sum(1 for j in range(size) if j % n_dom == i % n_dom) > 1:
            p["tokens"].append("shared_domain")
        emit(w, rng, p)
        out.append(p)
    return out
